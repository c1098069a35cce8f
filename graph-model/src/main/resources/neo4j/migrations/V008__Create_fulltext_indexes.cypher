// Chinese full-text search: the cjk analyzer splits text into character bigrams, so 微电子 finds 上海微电子装备有限公司.
CREATE FULLTEXT INDEX enterprise_fulltext IF NOT EXISTS FOR (e:Enterprise) ON EACH [e.name, e.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX patent_fulltext IF NOT EXISTS FOR (p:Patent) ON EACH [p.title, p.titleEn, p.abstract]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX organisation_fulltext IF NOT EXISTS FOR (o:University|Institution|Funder) ON EACH [o.name, o.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX ipc_class_fulltext IF NOT EXISTS FOR (c:IpcClass) ON EACH [c.titleZh, c.titleEn]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
