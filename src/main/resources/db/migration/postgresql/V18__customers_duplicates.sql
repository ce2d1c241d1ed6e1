-- Duplicate detection and merging (module customers, feature C6). web_domain is the host of a
-- company's (or a lead's company's) website without "www.", in lower case, or else the domain of its
-- e-mail address unless that is a public mail service (gmail.com, …): computed in Java when the
-- record is saved, indexed so that the web-domain rule is a lookup. Here it is filled from the
-- website of the records saved before; those without a website get it from their e-mail address
-- when they are next saved. The remaining indexes serve the e-mail and phone rules for leads.
alter table companies add column web_domain varchar(255);
alter table leads add column web_domain varchar(255);

update companies set web_domain = lower(substring(website from '^[A-Za-z]+://(?:www\.)?([^/:?#]+)')) where website is not null;
update leads set web_domain = lower(substring(website from '^[A-Za-z]+://(?:www\.)?([^/:?#]+)')) where website is not null;

create index companies_web_domain_idx on companies (web_domain);
create index leads_web_domain_idx on leads (web_domain);
create index leads_phone_idx on leads (phone);
create index leads_company_email_idx on leads (company_email);
create index leads_company_phone_idx on leads (company_phone);
