/**
 * What the newsroom web UI (served from {@code webapp/}) needs from the server beyond contract 2:
 * the disclosure lines it offers editors to insert.
 */
package dev.attest.ui;
