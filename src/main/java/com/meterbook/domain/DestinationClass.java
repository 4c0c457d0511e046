package com.meterbook.domain;

/**
 * What kind of destination a usage record went to, from its normalised callee and the ledger's
 * country code {@code cc} (Malaysia: 60), by the number plan the contract's sample follows:
 * {@code cc}1800 and 1800 toll-free, {@code cc}1300 and 1300 shared-cost (Malaysia's 1-300 "local rate"
 * numbers: the caller pays a local call, the called party the rest; both checked first, since 6018 is mobile),
 * {@code cc}10 to {@code cc}19 mobile, any other {@code cc} number fixed (603 to 609 in Malaysia), any
 * other number international. Events and meter readings have no destination: services. The ranges
 * are Malaysia's, put after whatever country code the ledger has.
 */
public enum DestinationClass {
    MOBILE("Mobile"),
    FIXED("Fixed"),
    TOLL_FREE("Toll-free"),
    SHARED_COST("Shared-cost (1-300)"),
    INTERNATIONAL("International"),
    SERVICES("Services");

    private final String label;

    DestinationClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How many leading digits of a callee decide its class: the country code and four more. */
    public static int decidingDigits(String countryCode) {
        return countryCode.length() + 4;
    }

    public static DestinationClass of(UsageKind kind, String target, String countryCode) {
        if (kind != UsageKind.CALL) {
            return SERVICES;
        }
        String national = target.startsWith(countryCode) ? target.substring(countryCode.length()) : null;
        if (target.startsWith("1800") || national != null && national.startsWith("1800")) {
            return TOLL_FREE;
        }
        if (target.startsWith("1300") || national != null && national.startsWith("1300")) {
            return SHARED_COST;
        }
        if (national == null) {
            return INTERNATIONAL;
        }
        return national.startsWith("1") ? MOBILE : FIXED;
    }
}
