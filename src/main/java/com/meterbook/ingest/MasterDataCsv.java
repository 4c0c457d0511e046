package com.meterbook.ingest;

import com.meterbook.billing.RecurringCharge;
import com.meterbook.domain.Customer;
import com.meterbook.domain.NumberNormaliser;
import com.meterbook.rating.BandWindow;
import com.meterbook.rating.Holiday;
import com.meterbook.rating.RateRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the master-data files of the contract. They are all or nothing: any bad line rejects the
 * file, naming the line and field.
 */
public final class MasterDataCsv {

    public static final List<String> CUSTOMERS = List.of("account", "name", "plan", "numbers", "threshold", "entity");
    public static final List<String> RATES = List.of("plan", "account", "prefix", "destination", "band", "effective_from",
            "connect_fee", "rate", "per", "increment", "slot_from", "tier_from", "min_charge");
    public static final List<String> BANDS = List.of("band", "days", "start", "end");
    public static final List<String> HOLIDAYS = List.of("date", "name", "band");
    public static final List<String> RECURRING = List.of("account", "description", "amount", "from", "to");

    private MasterDataCsv() {
    }

    /** A parsed row and the line it came from. */
    public record Line<T>(long line, T value) {
    }

    /** A bands.csv row as written plus its parsed window. */
    public record BandLine(String band, String days, LocalTime start, LocalTime end, BandWindow window) {
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(CSVRecord r) throws FieldException;
    }

    public static List<Line<Customer>> customers(Path file, NumberNormaliser numbers) throws FileRejectedException {
        return read(file, CUSTOMERS, r -> {
            String account = Fields.required("account", r.get(0));
            Set<String> nums = new LinkedHashSet<>();
            for (String n : Fields.optional("numbers", r.get(3)).split(";")) {
                if (!n.isBlank()) {
                    nums.add(numbers.normalise(n.trim()));
                }
            }
            String threshold = Fields.optional("threshold", r.get(4));
            return new Customer(account, Fields.required("name", r.get(1)), Fields.required("plan", r.get(2)), nums,
                    threshold.isEmpty() ? Optional.empty() : Optional.of(Fields.quantity("threshold", threshold)),
                    Fields.optional("entity", r.get(5)));
        });
    }

    public static List<Line<RateRow>> rates(Path file) throws FileRejectedException {
        return read(file, RATES, r -> rateRow(r.values()));
    }

    /**
     * One rates.csv row from its 13 fields, in {@link #RATES} order, with the file's rules and messages:
     * the rate screen checks its rows with it too.
     */
    public static RateRow rateRow(String... f) throws FieldException {
        String account = Fields.optional("account", f[1]);
        String plan = Fields.optional("plan", f[0]);
        if (account.isEmpty() && plan.isEmpty()) {
            throw new FieldException("plan", "is empty (a row needs a plan or an account)");
        }
        String prefix = Fields.optional("prefix", f[2]);
        String band = Fields.required("band", f[4]);
        BigDecimal per = positive("per", f[8]);
        BigDecimal increment = positive("increment", f[9]);
        return new RateRow(plan, account, prefix, Fields.optional("destination", f[3]), band,
                Fields.date("effective_from", f[5]),
                Fields.decimalOr("connect_fee", f[6], BigDecimal.ZERO), Fields.quantity("rate", f[7]),
                per, increment, Fields.decimalOr("slot_from", f[10], BigDecimal.ZERO),
                Fields.decimalOr("tier_from", f[11], BigDecimal.ZERO),
                Fields.decimalOr("min_charge", f[12], BigDecimal.ZERO));
    }

    public static List<Line<BandLine>> bands(Path file) throws FileRejectedException {
        return read(file, BANDS, r -> bandLine(r.values()));
    }

    /** One bands.csv row from its fields {@code band,days,start,end}. */
    public static BandLine bandLine(String... f) throws FieldException {
        String band = Fields.required("band", f[0]);
        String days = Fields.required("days", f[1]);
        LocalTime start = Fields.time("start", f[2]);
        LocalTime end = Fields.time("end", f[3]);
        try {
            return new BandLine(band, days, start, end, new BandWindow(band, BandWindow.parseDays(days), start, end));
        } catch (IllegalArgumentException e) {
            throw new FieldException(RateRow.ANY_BAND.equals(band) ? "band" : "days", e.getMessage());
        }
    }

    public static List<Line<Holiday>> holidays(Path file) throws FileRejectedException {
        return read(file, HOLIDAYS, r -> holiday(r.values()));
    }

    /** One holidays.csv row from its fields {@code date,name,band}. */
    public static Holiday holiday(String... f) throws FieldException {
        return new Holiday(Fields.date("date", f[0]), Fields.optional("name", f[1]), Fields.required("band", f[2]));
    }

    public static List<Line<RecurringCharge>> recurring(Path file) throws FileRejectedException {
        return read(file, RECURRING, r -> {
            String to = Fields.optional("to", r.get(4));
            return new RecurringCharge(Fields.required("account", r.get(0)), Fields.optional("description", r.get(1)),
                    amount(r.get(2)), month("from", Fields.required("from", r.get(3))),
                    to.isEmpty() ? Optional.empty() : Optional.of(month("to", to)));
        });
    }

    private static BigDecimal amount(String value) throws FieldException {
        String v = Fields.required("amount", value);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new FieldException("amount", "'" + v + "' is not a number");
        }
    }

    private static BigDecimal positive(String field, String value) throws FieldException {
        BigDecimal v = Fields.quantity(field, value);
        if (v.signum() <= 0) {
            throw new FieldException(field, "must be above 0, is " + v.toPlainString());
        }
        return v;
    }

    private static YearMonth month(String field, String value) throws FieldException {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new FieldException(field, "'" + value + "' is not a month (YYYY-MM)");
        }
    }

    private static <T> List<Line<T>> read(Path file, List<String> columns, RowReader<T> reader) throws FileRejectedException {
        SourceFingerprint source = SourceFingerprint.of(file);
        if (source.binary()) {
            throw new FileRejectedException(file, source.binaryReason());
        }
        if (source.size() == 0) {
            throw new FileRejectedException(file, "is empty: no header row");
        }
        List<Line<T>> rows = new ArrayList<>();
        try (BufferedReader in = TextInput.open(file);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(in)) {
            var it = parser.iterator();
            long linesBefore = 0;
            boolean header = true;
            while (true) {
                CSVRecord r;
                long line = linesBefore + 1;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException e) {
                    if (TextInput.lineTooLong(e).isPresent()) {
                        throw new FileRejectedException(file, TextInput.lineTooLong(e).get().getMessage());
                    }
                    throw new FileRejectedException(file, line, null, "record cannot be read to its end (a quote is never closed)");
                }
                linesBefore = parser.getCurrentLineNumber();
                if (header) {
                    List<String> found = Arrays.stream(r.values()).map(v -> v.replace("\uFEFF", "").trim()).toList();
                    if (!found.equals(columns)) {
                        throw new FileRejectedException(file, 1, null, "header is '" + String.join(",", found) + "' but needs '"
                                + String.join(",", columns) + "'");
                    }
                    header = false;
                    continue;
                }
                if (r.size() != columns.size()) {
                    throw new FileRejectedException(file, line, null, "line has " + r.size() + " fields, needs " + columns.size());
                }
                try {
                    rows.add(new Line<>(line, reader.read(r)));
                } catch (FieldException e) {
                    throw new FileRejectedException(file, line, e.field(), e.getMessage() + Fields.where(file, e));
                } catch (IllegalArgumentException e) {
                    throw new FileRejectedException(file, line, null, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new FileRejectedException(file, "cannot be read: " + e.getMessage());
        }
        return rows;
    }
}
