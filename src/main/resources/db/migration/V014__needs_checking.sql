-- What an import could not take as written (a malformed e-mail, opening hours it did not understand, an unknown
-- area), kept on the asset so that nothing in the row is lost and the asset can be put right from the review queue.
ALTER TABLE asset ADD COLUMN needs_checking TEXT NOT NULL DEFAULT '';
