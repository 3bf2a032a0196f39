package com.opsuite.web;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules, checked over the whole assembly (the only place that sees every jar): core
 * knows no vertical, and verticals and the web layer meet only through core.
 */
@AnalyzeClasses(packages = "com.opsuite", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNoVerticalNorOnTheWebLayer =
      noClasses()
          .that()
          .resideInAPackage("com.opsuite.core..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("com.opsuite..")
                  .and(resideInAPackage("com.opsuite.core..").negate())
                  .and(resideInAPackage("com.opsuite.database..").negate()))
          .because(
              "a vertical plugs into core through the SPI; adding one must touch no core code");

  @ArchTest
  static final ArchRule modulesMeetOnlyThroughCore =
      slices()
          .matching("com.opsuite.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(alwaysTrue(), resideInAPackage("com.opsuite.core.."))
          .ignoreDependency(alwaysTrue(), resideInAPackage("com.opsuite.database.."))
          .because("verticals are independent of each other and of the web layer");
}
