package com.meterbook.ui.importing;

import com.meterbook.domain.UsageRecord;
import com.meterbook.ingest.ParsedLine;
import com.meterbook.operations.UsagePreview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One record of the preview as the import reads it: its parsed fields, or the problem of a bad line. */
public record PreviewRow(long line, String recordId, String account, String caller, String target, String start,
                         String quantity, String problem) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public boolean bad() {
        return !problem.isEmpty();
    }

    public static PreviewRow of(ParsedLine line, ZoneId zone) {
        return switch (line) {
            case ParsedLine.Parsed p -> {
                UsageRecord r = p.record();
                yield new PreviewRow(p.line(), r.recordId(), r.account(),
                        r.caller(), r.target(), LOCAL.format(r.start().atZone(zone)), r.quantity().toPlainString(), "");
            }
            case ParsedLine.Invalid i -> new PreviewRow(i.line(), i.recordId() == null ? "" : i.recordId(), "", "", "", "", "",
                    UsagePreview.problem(i));
        };
    }
}
