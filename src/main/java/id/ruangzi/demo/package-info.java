/**
 * Demo data: a real-looking slice of Kementerian Agama so that a newcomer's first run
 * shows something worth looking at. Uses only the other modules' facades.
 */
package id.ruangzi.demo;
