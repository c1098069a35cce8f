// Firms in order of their granted inventions (FirmProfileWriter keeps the count): the pledge candidates of a funder
// whose industries hold many firms are read from the top of this index instead of sorting every firm in them.
CREATE INDEX enterprise_granted_invention_count IF NOT EXISTS FOR (e:Enterprise) ON (e.grantedInventionCount);
