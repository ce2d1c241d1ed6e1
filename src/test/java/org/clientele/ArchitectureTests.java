package org.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** House rules that keep modules small and their insides private. */
@AnalyzeClasses(packages = "org.clientele", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule entitiesAreNotPublic = classes().that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("other modules refer to records by id and talk by events, never by entity");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("a module's data is reached through its management service");

    @ArchTest
    static final ArchRule controllersArePackagePrivateInWeb = classes().that().areAnnotatedWith(Controller.class)
            .or().areAnnotatedWith(RestController.class)
            .should().notBePublic()
            .andShould().resideInAPackage("..web..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modulesDoNotDependOnTheirWebLayer = noClasses().that().resideOutsideOfPackage("org.clientele..web..")
            .should().dependOnClassesThat().resideInAPackage("org.clientele..web..")
            .because("business code must not know how it is shown");

    @ArchTest
    static final ArchRule moneyIsNeverFloatingPoint = fields().that().areDeclaredInClassesThat().resideInAPackage("org.clientele..")
            .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
            .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
            .because("amounts are BigDecimal with a currency; floating point loses cents")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
