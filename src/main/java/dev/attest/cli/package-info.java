/**
 * The {@code attest} command line: checks HTML files and folders with the analysis core and prints
 * a readable report or JSON Lines (contract 1 of the architecture). Exit codes: 0 no violations, 1
 * a violation in some file, 2 a usage or I/O error.
 */
package dev.attest.cli;
