package com.meterbook.ui.common;

import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.stream.Collectors;

/** Ctrl+C on a table copies its selected rows as tab-separated text, columns as shown, with a header line. */
public final class TableCopy {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private TableCopy() {
    }

    public static <S> void install(TableView<S> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && table.getEditingCell() == null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(tsv(table, table.getSelectionModel().getSelectedItems()));
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
    }

    static <S> String tsv(TableView<S> table, List<S> rows) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        StringBuilder s = new StringBuilder(columns.stream().map(TableColumn::getText).collect(Collectors.joining("\t"))).append('\n');
        for (S row : rows) {
            s.append(columns.stream().map(c -> text(c.getCellData(row))).collect(Collectors.joining("\t"))).append('\n');
        }
        return s.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String t = value instanceof com.meterbook.domain.Money m ? m.format() : value.toString();
        return t.replace('\t', ' ').replace('\n', ' ');
    }
}
