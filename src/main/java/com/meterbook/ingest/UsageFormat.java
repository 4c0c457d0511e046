package com.meterbook.ingest;

import java.util.List;
import java.util.Locale;

/** The usage file formats of the contract: three with a header row, two as the switches write them. */
public enum UsageFormat {
    GENERIC(List.of("call_id", "account", "caller", "callee", "start", "duration")),
    EVENTS(List.of("event_id", "account", "service", "quantity", "timestamp")),
    READINGS(List.of("reading_id", "meter", "service", "reading", "timestamp")),
    ASTERISK(List.of("accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp", "lastdata",
            "start", "answer", "end", "duration", "billsec", "disposition", "amaflags", "uniqueid", "userfield")),
    FREESWITCH(List.of("caller_id_name", "caller_id_number", "destination_number", "context", "start_stamp",
            "answer_stamp", "end_stamp", "duration", "billsec", "hangup_cause", "uuid", "bleg_uuid", "accountcode",
            "read_codec", "write_codec"));

    private final List<String> columns;

    UsageFormat(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean hasHeader() {
        return this != ASTERISK && this != FREESWITCH;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UsageFormat parse(String name) {
        for (UsageFormat f : values()) {
            if (f.cliName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (generic, events, readings, asterisk, freeswitch)");
    }
}
