package org.badgemanager.bench;

/** Prints the header of the benchmark table, so each benchmark can print its own rows. */
public final class TableHeader {
    public static void main(String[] args) {
        Table.header();
    }
}
