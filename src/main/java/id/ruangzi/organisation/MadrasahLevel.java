package id.ruangzi.organisation;

/**
 * The level of a madrasah: MI (primary), MTs (junior secondary), MA (senior secondary).
 */
public enum MadrasahLevel {

	MI, MTS, MA

}
