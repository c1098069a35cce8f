// An institution's firms in order of their share of patents in its fields: the derived IN_FIELDS_OF links
// (FirmProfileWriter, InstitutionFields) carry the institution's name and that share, so firms for an institution
// are read from the top of this index instead of summing every firm with patents in its fields. V056 writes the
// links of stores written before.
CREATE INDEX in_fields_of_share IF NOT EXISTS FOR ()-[a:IN_FIELDS_OF]-() ON (a.institution, a.share);
