package com.meterbook.domain;

import java.util.Map;

/**
 * The country of an international number, from its leading digits (ITU-T E.164 country codes, one to
 * three digits, longest first). A short table of the destinations a Malaysian operator sees most;
 * a code not in it is reported as {@code Other (+NNN)} with the number's first three digits, so a
 * regulator's total never loses a call. Extend the table here: it is the only place countries are named.
 */
public final class CountryCodes {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("1", "USA & Canada"), Map.entry("7", "Russia & Kazakhstan"), Map.entry("20", "Egypt"),
            Map.entry("27", "South Africa"), Map.entry("30", "Greece"), Map.entry("31", "Netherlands"),
            Map.entry("32", "Belgium"), Map.entry("33", "France"), Map.entry("34", "Spain"), Map.entry("39", "Italy"),
            Map.entry("41", "Switzerland"), Map.entry("44", "United Kingdom"), Map.entry("46", "Sweden"),
            Map.entry("49", "Germany"), Map.entry("55", "Brazil"), Map.entry("60", "Malaysia"), Map.entry("61", "Australia"),
            Map.entry("62", "Indonesia"), Map.entry("63", "Philippines"), Map.entry("64", "New Zealand"),
            Map.entry("65", "Singapore"), Map.entry("66", "Thailand"), Map.entry("81", "Japan"), Map.entry("82", "South Korea"),
            Map.entry("84", "Vietnam"), Map.entry("86", "China"), Map.entry("90", "Turkey"), Map.entry("91", "India"),
            Map.entry("92", "Pakistan"), Map.entry("93", "Afghanistan"), Map.entry("94", "Sri Lanka"), Map.entry("95", "Myanmar"),
            Map.entry("98", "Iran"), Map.entry("673", "Brunei"), Map.entry("852", "Hong Kong"), Map.entry("853", "Macau"),
            Map.entry("855", "Cambodia"), Map.entry("856", "Laos"), Map.entry("880", "Bangladesh"), Map.entry("886", "Taiwan"),
            Map.entry("966", "Saudi Arabia"), Map.entry("971", "United Arab Emirates"), Map.entry("974", "Qatar"),
            Map.entry("977", "Nepal"));

    private CountryCodes() {
    }

    /** The country named by the longest known code that starts {@code number}, else {@code Other (+NNN)}. */
    public static String country(String number) {
        for (int len = Math.min(3, number.length()); len >= 1; len--) {
            String name = NAMES.get(number.substring(0, len));
            if (name != null) {
                return name;
            }
        }
        return number.isEmpty() ? "Unknown" : "Other (+" + number.substring(0, Math.min(3, number.length())) + ")";
    }
}
