/**
 * Rules as data: loads the YAML rule files of {@code config/rules/} (one common file and one file
 * per language), expands their macros, compiles their patterns and exposes them as small immutable
 * values. The rule set's version is a hash of the files in force.
 */
package dev.attest.analysis.rules;
