/**
 * Evidence (eviden): files and links that prove what the LKE answers claim, their
 * revisions, their links to items and tasks, and the file store ({@code storage}).
 */
package id.ruangzi.evidence;
