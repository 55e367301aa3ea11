package dev.berth.engine.network;

/** An IPv4 network, {@code 10.200.3.0/24}. */
public record Cidr(long base, int prefix) implements Comparable<Cidr> {

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix length must be 0 to 32, not " + prefix);
        }
        base = base & mask(prefix);
    }

    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("expected an IPv4 CIDR such as 10.200.0.0/16, found \"" + text + "\"");
        }
        try {
            return new Cidr(address(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an IPv4 CIDR such as 10.200.0.0/16, found \"" + text + "\"");
        }
    }

    /** True for IPv4 CIDR text; IPv6 networks are left alone by the allocator. */
    public static boolean isIpv4(String text) {
        return text.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}");
    }

    static long address(String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected an IPv4 address, found \"" + dotted + "\"");
        }
        long value = 0;
        for (String p : parts) {
            int octet = Integer.parseInt(p);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("expected an IPv4 address, found \"" + dotted + "\"");
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    public long last() {
        return base + size() - 1;
    }

    public boolean overlaps(Cidr other) {
        return base <= other.last() && other.base <= last();
    }

    /** The address {@code offset} places into this network: offset 1 is the usual gateway. */
    public String host(long offset) {
        return dotted(base + offset);
    }

    private static String dotted(long value) {
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }

    @Override
    public int compareTo(Cidr o) {
        return base != o.base ? Long.compare(base, o.base) : Integer.compare(prefix, o.prefix);
    }

    @Override
    public String toString() {
        return dotted(base) + "/" + prefix;
    }
}
