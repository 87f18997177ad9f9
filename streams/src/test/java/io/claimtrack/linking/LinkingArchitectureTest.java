package io.claimtrack.linking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LinkingArchitectureTest {
    @Test
    void linkingLogicImportsNoKafkaHttpOrElasticsearch() {
        var classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.claimtrack.linking");
        noClasses()
                .that()
                .resideInAPackage("io.claimtrack.linking..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.kafka..",
                        "io.claimtrack.model.kafka..",
                        "io.claimtrack.streams..",
                        "co.elastic..",
                        "java.net.http..",
                        "com.sun.net.httpserver..")
                .check(classes);
    }
}
