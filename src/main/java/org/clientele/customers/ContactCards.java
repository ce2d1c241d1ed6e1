package org.clientele.customers;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts as vCards (RFC 6350 and 2426) and back: names, every e-mail address and phone number
 * (the first as preferred), the company's name as organisation, title, birthday and the postal
 * address. Reading takes what address books of phones write (folded lines, quoted-printable,
 * CHARSET parameters, embedded photos, which are left out). The contact model has no kinds of
 * phone number or e-mail address and one postal address, so a card's TYPE parameters and further
 * addresses do not come through.
 */
@Service
public class ContactCards {

    /** At most this many cards are read from one file. */
    public static final int MAX_CARDS = 1000;

    private final ContactManagement contacts;
    private final CompanyManagement companies;
    private final JdbcClient jdbc;

    ContactCards(ContactManagement contacts, CompanyManagement companies, JdbcClient jdbc) {
        this.contacts = contacts;
        this.companies = companies;
        this.jdbc = jdbc;
    }

    /** The contact as a vCard of any version (the version is chosen when it is written). */
    public static VCard card(ContactView contact) {
        VCard card = new VCard();
        StructuredName name = new StructuredName();
        name.setFamily(contact.lastName());
        name.setGiven(contact.firstName());
        card.setStructuredName(name);
        card.setFormattedName(contact.fullName());
        if (contact.companyName() != null) {
            card.setOrganization(contact.companyName());
        }
        if (contact.title() != null) {
            card.addTitle(contact.title());
        }
        for (int i = 0; i < contact.emails().size(); i++) {
            Email email = card.addEmail(contact.emails().get(i));
            if (i == 0) {
                email.setPref(1);
            }
        }
        for (int i = 0; i < contact.phones().size(); i++) {
            Telephone phone = card.addTelephoneNumber(contact.phones().get(i));
            if (i == 0) {
                phone.setPref(1);
            }
        }
        if (contact.birthday() != null) {
            card.setBirthday(contact.birthday());
        }
        org.clientele.customers.Address address = contact.address();
        if (address != null && !address.equals(org.clientele.customers.Address.empty())) {
            Address adr = new Address();
            adr.setStreetAddress(address.street());
            adr.setPostalCode(address.postalCode());
            adr.setLocality(address.city());
            adr.setRegion(address.region());
            adr.setCountry(address.country());
            card.addAddress(adr);
        }
        return card;
    }

    /**
     * What a vCard file would create, card by card, for the signed-in user to confirm.
     *
     * @throws InvalidInputException if the text holds no card or more than {@value #MAX_CARDS}
     */
    @Transactional(readOnly = true)
    public List<CardPreview> preview(String vcards) {
        List<VCard> cards = parse(vcards);
        Set<String> known = existingEmails(cards.stream().flatMap(card -> emails(card).stream()).toList());
        List<CardPreview> previews = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            previews.add(preview(i, cards.get(i), known));
        }
        return previews;
    }

    /**
     * Creates a contact for each card that has a name and none of whose e-mail addresses a
     * contact has already (also one among those of this file); all or nothing.
     *
     * @param creatorId the signed-in user, who owns the new contacts
     * @throws InvalidInputException if the text holds no card or more than {@value #MAX_CARDS}
     */
    @Transactional
    public CardImport importCards(long creatorId, String vcards) {
        List<VCard> cards = parse(vcards);
        Set<String> known = existingEmails(cards.stream().flatMap(card -> emails(card).stream()).toList());
        List<Long> created = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            CardPreview preview = preview(i, cards.get(i), known);
            if (preview.duplicate()) {
                duplicates.add(preview.name());
            }
            else if (preview.name().isBlank()) {
                unnamed.add(Integer.toString(i + 1));
            }
            else {
                ContactForm base = contacts.newForm(creatorId, preview.companyId());
                ContactForm form = new ContactForm(preview.firstName(), preview.lastName(), preview.title(), preview.companyId(),
                        preview.emails(), preview.phones(), preview.birthday(), preview.address(), base.ownerId(), base.teamId(),
                        base.coOwnerIds());
                created.add(contacts.create(creatorId, form).id());
                known.addAll(preview.emails());
            }
        }
        return new CardImport(created, duplicates, unnamed);
    }

    private CardPreview preview(int index, VCard card, Set<String> known) {
        StructuredName name = card.getStructuredName();
        String firstName = limited(name == null ? null : name.getGiven(), 100);
        String lastName = limited(name == null ? null : name.getFamily(), 100);
        if (firstName == null && lastName == null && card.getFormattedName() != null) {
            lastName = limited(card.getFormattedName().getValue(), 100);
        }
        String organisation = card.getOrganization() == null ? null
                : card.getOrganization().getValues().stream().filter(Objects::nonNull).findFirst().map(String::strip).orElse(null);
        Long companyId = organisation == null ? null : company(organisation).orElse(null);
        String title = card.getTitles().stream().map(Title::getValue).filter(Objects::nonNull).findFirst()
                .map(value -> limited(value, 150)).orElse(null);
        org.clientele.customers.Address address = card.getAddresses().isEmpty() ? org.clientele.customers.Address.empty()
                : address(card.getAddresses().get(0));
        List<String> dropped = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (String email : emails(card)) {
            (valid(email) ? emails : dropped).add(email);
        }
        List<String> phones = new ArrayList<>();
        for (Telephone telephone : card.getTelephoneNumbers()) {
            String text = telephone.getText() != null ? telephone.getText()
                    : telephone.getUri() == null ? null : telephone.getUri().getNumber();
            if (text == null || text.isBlank()) {
                continue;
            }
            String phone = ContactDetails.phone(text.strip(), address.country());
            if (phone == null) {
                dropped.add(text.strip());
            }
            else if (!phones.contains(phone)) {
                phones.add(phone);
            }
        }
        boolean duplicate = emails.stream().anyMatch(known::contains);
        String fullName = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return new CardPreview(index, fullName, firstName, lastName, title, organisation, companyId,
                emails.stream().limit(ContactDetails.MAX_ENTRIES).toList(), phones.stream().limit(ContactDetails.MAX_ENTRIES).toList(),
                birthday(card.getBirthday()), address, dropped, Math.max(0, card.getAddresses().size() - 1),
                !card.getPhotos().isEmpty(), duplicate);
    }

    private static boolean valid(String email) {
        FieldChecks checks = new FieldChecks();
        ContactDetails.email(checks, "email", email);
        return !checks.hasProblems();
    }

    private static List<VCard> parse(String vcards) {
        List<VCard> cards = vcards == null || vcards.isBlank() ? List.of() : Ezvcard.parse(vcards).all();
        if (cards.isEmpty()) {
            throw InvalidInputException.of("file", "validation.vcard.empty");
        }
        if (cards.size() > MAX_CARDS) {
            throw InvalidInputException.of("file", "validation.vcard.too-many", MAX_CARDS);
        }
        return cards;
    }

    private static List<String> emails(VCard card) {
        return card.getEmails().stream().map(Email::getValue).filter(value -> value != null && !value.isBlank())
                .map(value -> value.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static LocalDate birthday(Birthday birthday) {
        if (birthday == null) {
            return null;
        }
        Temporal date = birthday.getDate();
        LocalDate day = date == null ? null : LocalDate.from(date);
        return day != null && !day.isAfter(LocalDate.now()) && day.getYear() >= 1900 ? day : null;
    }

    private static org.clientele.customers.Address address(Address adr) {
        String country = country(adr.getCountry());
        return new org.clientele.customers.Address(limited(adr.getStreetAddressFull(), 200), limited(adr.getPostalCode(), 20),
                limited(adr.getLocality(), 120), limited(adr.getRegion(), 120), Countries.isKnown(country) ? country : null);
    }

    /** The ISO code of a country given by its code or by its name in English, German or Spanish, as address books write it. */
    static String country(String value) {
        String code = Countries.normalize(value);
        if (code == null || Countries.isKnown(code)) {
            return code;
        }
        for (String iso : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(iso).build();
            for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN, new Locale.Builder().setLanguage("es").build())) {
                if (country.getDisplayCountry(language).equalsIgnoreCase(value.strip())) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** The company of exactly that name (ignoring case) the signed-in user may see. */
    private Optional<Long> company(String name) {
        return companies.list(new CompanyFilter(name, null, null, null), PageRequest.of(20, "name", null, "name")).data().stream()
                .filter(company -> company.name().equalsIgnoreCase(name)).map(CompanySummary::id).findFirst();
    }

    /** The addresses among these that a contact has already, as main or further address. */
    private Set<String> existingEmails(Collection<String> emails) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(new HashSet<>(emails));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
            found.addAll(jdbc.sql("select email from contacts where email in (" + marks + ") union select email from contact_emails "
                    + "where email in (" + marks + ")").params(Stream.concat(batch.stream(), batch.stream()).toList())
                    .query(String.class).list());
        }
        return found;
    }

    private static String limited(String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > length ? stripped.substring(0, length) : stripped;
    }
}
