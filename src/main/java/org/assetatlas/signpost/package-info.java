/**
 * Signposting: turning a resident's need in plain words into the right few assets and a hand-over they can keep.
 * The thesaurus, opening-time and bank-holiday logic, distance wording, the printable sheet and the plain-text
 * hand-over live here; {@code service.SignpostService} ties them to a project.
 */
package org.assetatlas.signpost;
