package com.meterbook.ingest;

import org.apache.commons.csv.CSVRecord;

/** Turns one CSV record into a parsed line: a built-in format's mapper or a mapping profile's. */
interface LineMapper {

    ParsedLine map(long line, CSVRecord record);
}
