package com.meterbook.ingest;

import com.meterbook.domain.Hash64;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.domain.UsageKind;
import com.meterbook.domain.UsageRecord;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/** Turns one CSV record of a format into a {@link UsageRecord}, or says which field is wrong. */
final class RecordMapper implements LineMapper {

    private final UsageFormat format;
    private final NumberNormaliser numbers;
    private final ZoneId zone;

    RecordMapper(UsageFormat format, NumberNormaliser numbers, ZoneId zone) {
        this.format = format;
        this.numbers = numbers;
        this.zone = zone;
    }

    @Override
    public ParsedLine map(long line, CSVRecord r) {
        int expected = format.columns().size();
        boolean fits = format == UsageFormat.ASTERISK ? r.size() >= 16 && r.size() <= 18 : r.size() == expected;
        String id = r.size() > 0 ? idGuess(r) : null;
        if (!fits) {
            return new ParsedLine.Invalid(line, CsvLine.join(r.values()), id, null,
                    "line has " + r.size() + " fields, " + format.cliName() + " needs " + (format == UsageFormat.ASTERISK ? "16 to 18" : expected));
        }
        try {
            // RATING.md: bytes that are not UTF-8 in any field, even one not used (a caller name), make the record invalid
            for (int i = 0; i < r.size(); i++) {
                Fields.checkEncoding(format.columns().get(i), r.get(i));
            }
            return new ParsedLine.Parsed(line, r.values(), switch (format) {
                case GENERIC -> generic(r);
                case EVENTS -> events(r);
                case READINGS -> readings(r);
                case ASTERISK -> asterisk(r);
                case FREESWITCH -> freeswitch(r);
            });
        } catch (FieldException e) {
            return new ParsedLine.Invalid(line, CsvLine.join(r.values()), id, e.field(), e.getMessage());
        }
    }

    private String idGuess(CSVRecord r) {
        return switch (format) {
            case GENERIC, EVENTS, READINGS -> r.get(0).isBlank() ? null : r.get(0).trim();
            case ASTERISK -> hasUniqueId(r) && !r.get(16).isBlank() ? r.get(16).trim() : null;
            case FREESWITCH -> r.size() > 10 && !r.get(10).isBlank() ? r.get(10).trim() : null;
        };
    }

    private UsageRecord generic(CSVRecord r) throws FieldException {
        String id = Fields.required("call_id", r.get(0));
        String account = Fields.optional("account", r.get(1));
        String caller = numbers.normalise(Fields.optional("caller", r.get(2)));
        String callee = numbers.normalise(Fields.required("callee", r.get(3)));
        Instant start = Fields.timestamp("start", r.get(4), zone);
        BigDecimal duration = Fields.quantity("duration", r.get(5));
        return new UsageRecord(id, UsageKind.CALL, account, caller, callee, start, duration);
    }

    private UsageRecord events(CSVRecord r) throws FieldException {
        String id = Fields.required("event_id", r.get(0));
        String account = Fields.required("account", r.get(1));
        String service = Fields.required("service", r.get(2));
        BigDecimal quantity = Fields.quantity("quantity", r.get(3));
        Instant at = Fields.timestamp("timestamp", r.get(4), zone);
        return new UsageRecord(id, UsageKind.EVENT, account, "", service, at, quantity);
    }

    private UsageRecord readings(CSVRecord r) throws FieldException {
        String id = Fields.required("reading_id", r.get(0));
        String meter = numbers.normalise(Fields.required("meter", r.get(1)));
        String service = Fields.required("service", r.get(2));
        BigDecimal reading = Fields.quantity("reading", r.get(3));
        Instant at = Fields.timestamp("timestamp", r.get(4), zone);
        return new UsageRecord(id, UsageKind.READING, "", meter, service, at, reading);
    }

    private UsageRecord asterisk(CSVRecord r) throws FieldException {
        String account = Fields.optional("accountcode", r.get(0));
        String src = Fields.optional("src", r.get(1));
        String dst = Fields.required("dst", r.get(2));
        String channel = Fields.optional("channel", r.get(5));
        String startText = Fields.required("start", r.get(9));
        Instant start = Fields.timestamp("start", startText, zone);
        BigDecimal billsec = Fields.quantity("billsec", r.get(13));
        String uniqueId = hasUniqueId(r) ? Fields.optional("uniqueid", r.get(16)) : "";
        String id = !uniqueId.isEmpty() ? uniqueId
                : "ast-" + Long.toHexString(Hash64.of(channel + "\u001f" + startText + "\u001f" + src + "\u001f" + dst));
        return new UsageRecord(id, UsageKind.CALL, account, numbers.normalise(src), numbers.normalise(dst), start, billsec);
    }

    /**
     * 18 fields: uniqueid and userfield ({@code loguniqueid} and {@code loguserfield}). 17 fields is one of
     * them: the uniqueid when it looks like one ({@code [system-]epoch.sequence}), else the userfield, which
     * must never become the record id (a constant userfield would make every call a duplicate).
     */
    private static boolean hasUniqueId(CSVRecord r) {
        return r.size() == 18 || r.size() == 17 && UNIQUE_ID.matcher(r.get(16).trim()).matches();
    }

    private static final java.util.regex.Pattern UNIQUE_ID = java.util.regex.Pattern.compile("([^,\\s]+-)?\\d+\\.\\d+");

    private UsageRecord freeswitch(CSVRecord r) throws FieldException {
        String caller = Fields.optional("caller_id_number", r.get(1));
        String dst = Fields.required("destination_number", r.get(2));
        Instant start = Fields.timestamp("start_stamp", r.get(4), zone);
        BigDecimal billsec = Fields.quantity("billsec", r.get(8));
        String uuid = Fields.required("uuid", r.get(10));
        String account = Fields.optional("accountcode", r.get(12));
        return new UsageRecord(uuid, UsageKind.CALL, account, numbers.normalise(caller), numbers.normalise(dst), start, billsec);
    }
}
