package com.meterbook.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rating and billing rules are pure: no UI, persistence, files or outer layers. */
@AnalyzeClasses(packages = "com.meterbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"com.meterbook.domain..", "com.meterbook.rating..", "com.meterbook.billing.."};

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.hibernate..", "jakarta.persistence..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.flywaydb..", "java.io..", "java.nio..", "org.apache.commons.csv..",
                    "picocli..", "org.apache.pdfbox..", "org.apache.sshd..", "javax.crypto..")
            .because("the rating and billing rules know nothing of JavaFX, Hibernate, JDBC or files");

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.meterbook.ledger..", "com.meterbook.ingest..", "com.meterbook.cli..",
                    "com.meterbook.ui..", "com.meterbook.documents..", "com.meterbook.usage..",
                    "com.meterbook.bench..", "com.meterbook.api..", "com.meterbook.sources..");

    @ArchTest
    static final ArchRule billingDoesNotNeedRating = noClasses().that().resideInAPackage("com.meterbook.billing..")
            .should().dependOnClassesThat().resideInAPackage("com.meterbook.rating..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("com.meterbook.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sshOnlyInTheSourcesAdapter = noClasses().that().resideOutsideOfPackage("com.meterbook.sources..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.sshd..")
            .because("Apache MINA SSHD is an adapter detail: the use cases see SftpFolder, not SSH sessions");

    @ArchTest
    static final ArchRule sourcesAdapterKnowsNoLedger = noClasses().that().resideInAPackage("com.meterbook.sources..")
            .should().dependOnClassesThat().resideInAnyPackage("com.meterbook.ledger..", "com.meterbook.operations..",
                    "com.meterbook.ingest..", "org.hibernate..", "java.sql..");

    @ArchTest
    static final ArchRule onlyTheCliAndUiStartThings = noClasses().that().resideOutsideOfPackages(
                    "com.meterbook.cli..", "com.meterbook.ui..", "com.meterbook")
            .should().dependOnClassesThat().resideInAnyPackage("com.meterbook.cli..", "com.meterbook.ui..");
}
