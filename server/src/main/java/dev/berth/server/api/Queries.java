package dev.berth.server.api;

import io.javalin.http.Context;

/** Query parameters, checked: a bad value is a 400 that names it. */
final class Queries {

    private Queries() {
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter " + name + "=" + text + " is invalid: expected a number from "
                    + min + " to " + max);
        }
    }

    static boolean bool(Context ctx, String name, boolean fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.trim()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("query parameter " + name + "=" + text
                    + " is invalid: expected true or false");
        };
    }
}
