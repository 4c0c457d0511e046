package com.meterbook.ui.sources;

import com.meterbook.ui.common.Columns;
import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Binds Sources.fxml to its view model. */
public final class SourcesView {

    private final SourcesViewModel model;
    private final Parent root;

    @FXML private TableView<SourceLine> table;
    @FXML private TableColumn<SourceLine, String> nameColumn;
    @FXML private TableColumn<SourceLine, String> addressColumn;
    @FXML private TableColumn<SourceLine, String> folderColumn;
    @FXML private TableColumn<SourceLine, Integer> everyColumn;
    @FXML private TableColumn<SourceLine, String> lastPullColumn;
    @FXML private TableColumn<SourceLine, String> lastSuccessColumn;
    @FXML private TableColumn<SourceLine, Integer> fetchedColumn;
    @FXML private TableColumn<SourceLine, String> statusColumn;
    @FXML private Button pullButton;
    @FXML private Label messageLabel;

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "Sources.fxml");
    }

    @FXML
    private void initialize() {
        Columns.value(nameColumn, SourceLine::name);
        Columns.value(addressColumn, SourceLine::address);
        Columns.value(folderColumn, SourceLine::folder);
        Columns.value(everyColumn, SourceLine::everyMinutes);
        Columns.value(lastPullColumn, SourceLine::lastPull);
        Columns.value(lastSuccessColumn, SourceLine::lastSuccess);
        Columns.value(fetchedColumn, SourceLine::lastFetched);
        Columns.value(statusColumn, SourceLine::status);
        Columns.sortedItems(table, model.rows());
        Columns.copyable(table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SourceLine item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failing"), !empty && item != null && item.failing());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));
        model.rows().addListener((javafx.collections.ListChangeListener<SourceLine>) c -> reselect());
        pullButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        pullButton.setOnAction(e -> model.pullNow());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    /** Keeps the same source selected when the rows are reloaded. */
    private void reselect() {
        SourceLine was = model.selectedProperty().get();
        if (was == null) {
            return;
        }
        table.getItems().stream().filter(l -> l.name().equals(was.name())).findFirst()
                .ifPresent(l -> table.getSelectionModel().select(l));
    }

    public Parent root() {
        return root;
    }
}
