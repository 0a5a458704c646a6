package de.digitalezukunfthagen.digitalcheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layout the README describes, checked on the compiled main classes. */
class PackageRulesTest {
    private static final String ROOT = "de.digitalezukunfthagen.digitalcheck";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void no_package_depends_on_itself_through_others() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_engine_knows_nothing_of_http_sql_pdf_or_the_features_around_it() {
        noClasses().that().resideInAnyPackage(ROOT + ".questionnaire..", ROOT + ".scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "java.sql..", "javax.sql..",
                        "com.lowagie..", "org.openpdf..", ROOT + ".web..", ROOT + ".db..", ROOT + ".report..")
                .check(classes);
    }

    @Test
    void the_report_and_the_shared_web_pieces_know_none_of_the_features() {
        // stats is the exception the README names: the report draws its peers and summaries
        noClasses().that().resideInAnyPackage(ROOT + ".report..", ROOT + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".assessment..", ROOT + ".workshop..",
                        ROOT + ".auth..", ROOT + ".initiative..", ROOT + ".ops..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void the_root_package_is_used_by_nobody_but_itself() {
        noClasses().that().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .check(classes);
    }

    @Test
    void only_the_command_line_depends_on_the_command_line() {
        noClasses().that().resideOutsideOfPackages(ROOT, ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }
}
