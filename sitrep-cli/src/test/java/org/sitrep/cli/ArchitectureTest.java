package org.sitrep.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout the README describes, checked on the compiled main classes of every module: packages free of cycles,
 * storage that persists and decides nothing, a library that knows nothing of its users.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // Every module's main classes are on this module's test class path (as jars or as target/classes folders).
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sitrep");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.sitrep.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theStoreImportsNeitherTheApplicationNorUnderstandingNorPlaces() {
        noClasses().that().resideInAPackage("org.sitrep.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.app..", "org.sitrep.understand..", "org.sitrep.json..",
                        "org.sitrep.geo..", "org.sitrep.server..", "org.sitrep.cli..")
                .check(classes);
    }

    /**
     * Records, enums and interfaces of the library are data and contracts; any other class of theirs decides something.
     * One exception: {@code CopyGroups}, the union-find that counts independent sources over the copy relations already
     * decided and stored (arithmetic of a query, like a recursive SQL join, shared with the copy benchmark).
     */
    private static final DescribedPredicate<JavaClass> A_RULE_OF_THE_LIBRARY = DescribedPredicate.describe(
            "a rule of the library (a class of copies, events, claims, records, clean, metadata, language, outlets or understand that is not a record, an enum or an interface)",
            c -> c.getPackageName().matches("org\\.sitrep\\.(copies|events|claims|records|alerts|clean|metadata|language|outlets|understand)(\\..*)?")
                    && !c.isRecord() && !c.isEnum() && !c.isInterface() && !c.getSimpleName().equals("CopyGroups"));

    @Test
    void theStoreTakesNoAnalysisDecision() {
        noClasses().that().resideInAPackage("org.sitrep.store..").should().dependOnClassesThat(A_RULE_OF_THE_LIBRARY).check(classes);
    }

    @Test
    void theLibraryKnowsNothingOfStorageOrItsFrontEnds() {
        noClasses().that().resideInAnyPackage("org.sitrep.model..", "org.sitrep.pipeline..", "org.sitrep.ingest..", "org.sitrep.metadata..",
                        "org.sitrep.clean..", "org.sitrep.language..", "org.sitrep.id..", "org.sitrep.chain..", "org.sitrep.copies..",
                        "org.sitrep.embed..", "org.sitrep.events..", "org.sitrep.claims..", "org.sitrep.records..", "org.sitrep.alerts..", "org.sitrep.outlets..", "org.sitrep.nlp..", "org.sitrep.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.store..", "org.sitrep.app..", "org.sitrep.json..",
                        "org.sitrep.server..", "org.sitrep.cli..")
                .check(classes);
    }

    @Test
    void placeResolutionKnowsNothingOfBuildingTheGazetteer() {
        noClasses().that().resideInAPackage("org.sitrep.geo").should().dependOnClassesThat().resideInAPackage("org.sitrep.geo.imports..")
                .check(classes);
    }

    @Test
    void theStageContractKnowsNoStage() {
        noClasses().that().resideInAPackage("org.sitrep.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.clean..", "org.sitrep.metadata..", "org.sitrep.language..",
                        "org.sitrep.id..", "org.sitrep.ingest..", "org.sitrep.chain..")
                .check(classes);
    }
}
