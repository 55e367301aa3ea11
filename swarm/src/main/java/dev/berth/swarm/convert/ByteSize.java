package dev.berth.swarm.convert;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes such as {@code 64m} or {@code 1gb}, in powers of 1024 as Docker reads them. */
final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)b?");

    private ByteSize() {
    }

    static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size such as 64m or 1gb");
        }
        int power = "kmgt".indexOf(m.group(2)) + 1;
        return Math.round(Double.parseDouble(m.group(1)) * Math.pow(1024, power));
    }
}
