/** The admin API for users. */
package dev.attest.security.boundary;
