package com.meterbook.ingest;

import com.meterbook.domain.Hash64;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.domain.UsageKind;
import com.meterbook.domain.UsageRecord;
import org.apache.commons.csv.CSVRecord;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Turns one CSV record into a {@link UsageRecord} through a mapping profile, or says which field is wrong. */
final class ProfileMapper implements LineMapper {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final MappingProfile profile;
    private final Map<ProfileField, Integer> index;
    private final int needed;
    private final NumberNormaliser numbers;
    private final ZoneId zone;
    private final DateTimeFormatter pattern;

    /** @param index each mapped field's column, from 0, already resolved against the header */
    ProfileMapper(MappingProfile profile, Map<ProfileField, Integer> index, NumberNormaliser numbers, ZoneId ledgerZone) {
        this.profile = profile;
        this.index = new EnumMap<>(index);
        this.needed = index.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        this.numbers = numbers;
        this.zone = profile.zoneOr(ledgerZone);
        this.pattern = profile.pattern().equals(MappingProfile.ISO) ? null
                : new DateTimeFormatterBuilder().appendPattern(profile.pattern()).parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public ParsedLine map(long line, CSVRecord r) {
        if (r.size() < needed) {
            return new ParsedLine.Invalid(line, CsvLine.join(r.values()), idGuess(r), null,
                    "line has " + r.size() + " fields, profile " + profile.name() + " needs at least " + needed);
        }
        try {
            return new ParsedLine.Parsed(line, r.values(), profile.kind() == MappingProfile.Kind.CALL ? call(r) : event(r));
        } catch (FieldException e) {
            return new ParsedLine.Invalid(line, CsvLine.join(r.values()), idGuess(r), e.field(), e.getMessage());
        }
    }

    private String idGuess(CSVRecord r) {
        Integer i = index.get(ProfileField.ID);
        if (i != null) {
            return i < r.size() && !r.get(i).isBlank() ? r.get(i).trim() : null;
        }
        return r.size() >= needed ? hashId(r) : null;
    }

    private UsageRecord call(CSVRecord r) throws FieldException {
        String id = id(r);
        String account = Fields.optional("account", get(r, ProfileField.ACCOUNT));
        String caller = numbers.normalise(Fields.optional("caller", get(r, ProfileField.CALLER)));
        String callee = numbers.normalise(Fields.required("callee", get(r, ProfileField.CALLEE)));
        Instant start = timestamp("start", get(r, ProfileField.START));
        BigDecimal seconds = switch (profile.unit()) {
            case S -> Fields.quantity("duration", get(r, ProfileField.DURATION));
            case MS -> Fields.quantity("duration", get(r, ProfileField.DURATION)).movePointLeft(3);
            case MIN -> Fields.quantity("duration", get(r, ProfileField.DURATION)).multiply(SIXTY);
            case END -> between(start, timestamp("end", get(r, ProfileField.END)));
        };
        BigDecimal plain = seconds.stripTrailingZeros();
        return new UsageRecord(id, UsageKind.CALL, account, caller, callee, start, plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    private UsageRecord event(CSVRecord r) throws FieldException {
        String id = id(r);
        String account = Fields.required("account", get(r, ProfileField.ACCOUNT));
        String service = Fields.required("service", get(r, ProfileField.SERVICE));
        BigDecimal quantity = Fields.quantity("quantity", get(r, ProfileField.QUANTITY));
        Instant at = timestamp("start", get(r, ProfileField.START));
        return new UsageRecord(id, UsageKind.EVENT, account, "", service, at, quantity);
    }

    private static BigDecimal between(Instant start, Instant end) throws FieldException {
        Duration d = Duration.between(start, end);
        if (d.isNegative()) {
            throw new FieldException("end", "is before start");
        }
        return new BigDecimal(BigInteger.valueOf(d.getSeconds()).multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(d.getNano())), 9).stripTrailingZeros();
    }

    private String id(CSVRecord r) throws FieldException {
        return index.containsKey(ProfileField.ID) ? Fields.required("id", get(r, ProfileField.ID)) : hashId(r);
    }

    /**
     * The id of a file without one: "h-" and 16 hex digits of {@link Hash64} over the trimmed text of the
     * id.hash fields in their order, so the same line gives the same id whenever it is imported.
     */
    private String hashId(CSVRecord r) {
        long h = Hash64.start();
        for (ProfileField f : profile.idHash()) {
            h = Hash64.add(h, get(r, f).trim());
        }
        String hex = Long.toHexString(Hash64.finish(h));
        return "h-" + "0".repeat(16 - hex.length()) + hex;
    }

    private String get(CSVRecord r, ProfileField f) {
        Integer i = index.get(f);
        return i == null ? "" : r.get(i);
    }

    private Instant timestamp(String field, String value) throws FieldException {
        if (pattern == null) {
            return Fields.timestamp(field, value, zone);
        }
        String v = Fields.required(field, value);
        try {
            TemporalAccessor t = pattern.parseBest(v, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            return switch (t) {
                case ZonedDateTime z -> z.toInstant();
                case OffsetDateTime o -> o.toInstant();
                case LocalDateTime l -> ZonedDateTime.of(l, zone).toInstant();
                default -> throw new DateTimeException("kind");
            };
        } catch (DateTimeException e) {
            throw new FieldException(field, "'" + v + "' does not match the pattern " + profile.pattern());
        }
    }
}
