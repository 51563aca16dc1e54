/**
 * LKE templates as versioned data: areas, sub-indicators, items, options, inputs and
 * gates.
 */
package id.ruangzi.catalogue;
