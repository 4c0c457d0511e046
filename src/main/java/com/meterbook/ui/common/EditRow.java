package com.meterbook.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an editable table: a text property per column, as typed, and the row's problem (empty
 * when the row is good), which its screen's view model works out and the table shows.
 */
public final class EditRow {

    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public EditRow(List<String> columns, List<String> values) {
        for (int i = 0; i < columns.size(); i++) {
            fields.put(columns.get(i), new SimpleStringProperty(this, columns.get(i), i < values.size() ? values.get(i) : ""));
        }
    }

    public StringProperty field(String column) {
        StringProperty p = fields.get(column);
        if (p == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return p;
    }

    public String get(String column) {
        return field(column).get();
    }

    /** The values in column order. */
    public String[] values() {
        return fields.values().stream().map(p -> p.get() == null ? "" : p.get()).toArray(String[]::new);
    }

    public Iterable<StringProperty> properties() {
        return fields.values();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String problem() {
        return problem.get();
    }

    public boolean bad() {
        return !problem.get().isEmpty();
    }

    public void setProblem(String text) {
        problem.set(text == null ? "" : text);
    }
}
