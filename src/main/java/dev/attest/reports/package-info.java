/**
 * Compliance reports for auditors: every article saved or published in a period with its
 * disclosure, author, claims and their sign-offs, a summary computed in the database, and the audit
 * chain's verification taken just before, so the report is anchored to the trail. JSON, CSV and
 * PDF, streamed in constant memory.
 */
package dev.attest.reports;
