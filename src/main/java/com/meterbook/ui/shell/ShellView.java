package com.meterbook.ui.shell;

import com.meterbook.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;

import java.util.EnumMap;
import java.util.Map;

/** The main window's frame: the app bar, the navigation and the screen the view model chose. */
public final class ShellView {

    private final ShellViewModel model;
    private final Map<Page, Node> pages;
    private final Parent root;
    private final ToggleGroup navigation = new ToggleGroup();
    private Map<Page, ToggleButton> buttons;

    @FXML private Label ledgerLabel;
    @FXML private ToggleButton dashboardButton;
    @FXML private ToggleButton importButton;
    @FXML private ToggleButton exceptionsButton;
    @FXML private ToggleButton customersButton;
    @FXML private ToggleButton ratesButton;
    @FXML private ToggleButton closeButton;
    @FXML private ToggleButton usageButton;
    @FXML private ToggleButton disputesButton;
    @FXML private ToggleButton sourcesButton;
    @FXML private ToggleButton profilesButton;
    @FXML private ToggleButton reportsButton;
    @FXML private ToggleButton documentsButton;
    @FXML private StackPane content;

    public ShellView(ShellViewModel model, Map<Page, Node> pages) {
        this.model = model;
        this.pages = new EnumMap<>(pages);
        this.root = Fxml.load(this, "Shell.fxml");
        NavigationKeys.install(root, buttons, model);
    }

    @FXML
    private void initialize() {
        ledgerLabel.setText("Ledger: " + model.ledgerFolder());
        buttons = Map.ofEntries(Map.entry(Page.DASHBOARD, dashboardButton), Map.entry(Page.IMPORT, importButton),
                Map.entry(Page.EXCEPTIONS, exceptionsButton), Map.entry(Page.USAGE, usageButton), Map.entry(Page.CUSTOMERS, customersButton),
                Map.entry(Page.RATES, ratesButton), Map.entry(Page.CLOSE, closeButton), Map.entry(Page.DISPUTES, disputesButton),
                Map.entry(Page.SOURCES, sourcesButton), Map.entry(Page.PROFILES, profilesButton),
                Map.entry(Page.REPORTS, reportsButton), Map.entry(Page.DOCUMENTS, documentsButton));
        buttons.forEach((page, button) -> {
            button.setToggleGroup(navigation);
            button.setUserData(page);
            button.disableProperty().bind(model.readyProperty().not());
            button.setOnAction(e -> {
                model.show(page);
                button.setSelected(model.pageProperty().get() == page);
            });
        });
        model.pageProperty().addListener((o, old, now) -> {
            content.getChildren().setAll(pages.get(now));
            ToggleButton selected = buttons.get(now);
            navigation.selectToggle(selected);
        });
    }

    public Parent root() {
        return root;
    }
}
