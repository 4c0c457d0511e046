package com.meterbook.ingest;

/** Fields joined back into one CSV line, quoted as RFC 4180 wants where a field needs it: the line as it was read. */
public final class CsvLine {

    private CsvLine() {
    }

    public static String join(String[] fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                s.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                s.append(f);
            }
        }
        return s.toString();
    }
}
