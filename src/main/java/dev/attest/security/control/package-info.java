/** Managing users and seeding demo or first-admin accounts. */
package dev.attest.security.control;
