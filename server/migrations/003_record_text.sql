-- Pulls hand records out as the JSON text of contract 4. Converting jsonb to text costs more than
-- reading the page itself, and a record is pulled far more often than it is written: the text is
-- kept with the record, computed by the database whenever the record changes (NULL for a deleted
-- one, like the record), so that it is always the record's own text and no writer can forget it.
ALTER TABLE records ADD COLUMN record_text text GENERATED ALWAYS AS (record::text) STORED;
