package com.meterbook.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.prefs.Preferences;

/**
 * Remembers the column widths of tables between runs (java.util.prefs, like the window's place): one
 * node per table, one key per column (its id, else its header text).
 */
public final class ColumnWidths {

    private final Preferences node;

    public ColumnWidths(Preferences node) {
        this.node = node;
    }

    /** Gives the table's columns the widths saved under {@code table}'s key, and saves every later change. */
    public void remember(TableView<?> table, String key) {
        Preferences saved = node.node(key);
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        for (TableColumn<?, ?> column : columns) {
            String name = column.getId() != null ? column.getId() : column.getText();
            double width = saved.getDouble(name, Double.NaN);
            if (!Double.isNaN(width) && width > 0) {
                column.setPrefWidth(width);
            }
            column.widthProperty().addListener((o, old, now) -> {
                if (now.doubleValue() > 0) {
                    saved.putDouble(name, now.doubleValue());
                }
            });
        }
    }
}
