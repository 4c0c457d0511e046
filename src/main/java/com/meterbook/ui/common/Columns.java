package com.meterbook.ui.common;

import com.meterbook.domain.Money;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** Table columns over record rows: text as is, money right-aligned as {@code RM 1,234.56} and sorted by amount. */
public final class Columns {

    private Columns() {
    }

    /** Shows {@code rows} sorted by the table's sort order, leaving the view model's list in its own order. */
    public static <S> void sortedItems(TableView<S> table, ObservableList<S> rows) {
        SortedList<S> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /**
     * Lets the table's rows be selected one or many at a time, and Ctrl+C (Cmd+C) copy the selected rows
     * as tab-separated text with the visible columns' header first: what the cells show, money as {@code RM 1.20}.
     */
    public static <S> void copyable(TableView<S> table) {
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        javafx.scene.input.KeyCombination copy = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.C,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (copy.match(e)) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(tsv(table));
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
    }

    /** The selected rows as tab-separated text under a header row of the visible columns. */
    public static <S> String tsv(TableView<S> table) {
        java.util.List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        StringBuilder s = new StringBuilder();
        s.append(String.join("\t", columns.stream().map(TableColumn::getText).toList())).append('\n');
        for (S row : table.getSelectionModel().getSelectedItems()) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (TableColumn<S, ?> column : columns) {
                Object v = column.getCellObservableValue(row) == null ? null : column.getCellObservableValue(row).getValue();
                String text = v == null ? "" : v instanceof Money m ? m.format() : v.toString();
                cells.add(text.replace('\t', ' ').replace('\n', ' '));
            }
            s.append(String.join("\t", cells)).append('\n');
        }
        return s.toString();
    }

    public static <S, T> void value(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    public static <S> void money(TableColumn<S, Money> column, Function<S, Money> value) {
        value(column, value);
        column.setComparator(Money::compareTo);
        if (!column.getStyleClass().contains("amount")) {
            column.getStyleClass().add("amount");
        }
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Money item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.format());
            }
        });
    }
}
