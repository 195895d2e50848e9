-- History search (issue 12): InnoDB full-text indexes on what people search a conversation by. A search
-- takes each word as a required prefix term (MATCH ... AGAINST IN BOOLEAN MODE), so finding a word reads
-- the index lists of its prefix, never every row as LIKE '%word%' would. The first full-text index of a
-- table adds InnoDB's hidden FTS_DOC_ID column, so each statement rebuilds its table once.
ALTER TABLE message ADD FULLTEXT INDEX ft_message_text (text);
ALTER TABLE contact ADD FULLTEXT INDEX ft_contact_profile (name, phone, email);
