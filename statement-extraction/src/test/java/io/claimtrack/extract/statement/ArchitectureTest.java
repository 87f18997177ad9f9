package io.claimtrack.extract.statement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Statement extraction is pure text processing: no Kafka, HTTP, Elasticsearch or wire model. */
class ArchitectureTest {

    private final JavaClasses classes =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.claimtrack.extract.statement");

    @Test
    void noInfrastructureImports() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.kafka..",
                        "org.elasticsearch..",
                        "co.elastic..",
                        "java.net.http..",
                        "com.sun.net.httpserver..",
                        "org.apache.http..",
                        "org.apache.hc..",
                        "okhttp3..",
                        "io.claimtrack.model..")
                .because(
                        "extraction is plain Java on text; I/O belongs to ingest, streams, indexer")
                .check(classes);
    }

    @Test
    void noNetworkConnections() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.URLConnection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.Socket")
                .check(classes);
    }
}
