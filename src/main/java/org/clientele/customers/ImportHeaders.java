package org.clientele.customers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses which field each column of an imported file holds from its header: the plain names in
 * English, German and Spanish, and the headers of common exports (Google Contacts, Outlook,
 * HubSpot, Salesforce, Pipedrive). Headers are compared without case, accents, spaces and
 * punctuation, so "E-mail 1 - Value" and "email1value" are the same.
 */
public final class ImportHeaders {

    private static final Map<String, ImportField> ALIASES = new HashMap<>();

    static {
        alias(ImportField.FIRST_NAME, "firstname", "givenname", "first", "forename", "vorname", "nombre", "prenom",
                "contactfirstname", "personfirstname");
        alias(ImportField.LAST_NAME, "lastname", "familyname", "surname", "last", "nachname", "familienname", "apellidos",
                "apellido", "contactlastname", "personlastname");
        alias(ImportField.FULL_NAME, "name", "fullname", "contactname", "displayname", "personname", "nombrecompleto",
                "vollstandigername");
        alias(ImportField.TITLE, "title", "jobtitle", "position", "organization1title", "organizationtitle", "role",
                "funktion", "berufsbezeichnung", "cargo", "puesto");
        alias(ImportField.COMPANY, "company", "companyname", "accountname", "organization", "organisation", "organization1name",
                "organizationname", "organisationname", "account", "firma", "firmenname", "unternehmen", "empresa", "compania",
                "nombredelaempresa");
        alias(ImportField.EMAIL, "email", "emailaddress", "email1value", "email2value", "email3value", "email2address",
                "email3address", "workemail", "homeemail", "otheremail", "primaryemail", "mail", "emailadresse", "correo",
                "correoelectronico", "emailwork", "emailhome");
        alias(ImportField.PHONE, "phone", "phonenumber", "phone1value", "phone2value", "phone3value", "businessphone",
                "business2phone", "homephone", "mobilephone", "mobile", "mobilephonenumber", "workphone", "primaryphone",
                "otherphone", "telephone", "tel", "telefon", "telefonnummer", "mobiltelefon", "mobil", "handy",
                "telefongeschaftlich", "telefono", "movil", "telefonomovil", "phonework", "phonemobile", "phonehome");
        alias(ImportField.BIRTHDAY, "birthday", "birthdate", "dateofbirth", "geburtstag", "geburtsdatum", "fechadenacimiento",
                "cumpleanos");
        alias(ImportField.STREET, "street", "streetaddress", "address", "address1street", "businessstreet", "homestreet",
                "mailingstreet", "billingstreet", "strasse", "adresse", "anschrift", "direccion", "calle");
        alias(ImportField.POSTAL_CODE, "postalcode", "zip", "zipcode", "postcode", "address1postalcode",
                "businesspostalcode", "homepostalcode", "mailingpostalcode", "billingpostalcode", "plz", "postleitzahl",
                "codigopostal", "cp");
        alias(ImportField.CITY, "city", "town", "address1city", "businesscity", "homecity", "mailingcity", "billingcity", "ort",
                "stadt", "ciudad", "localidad", "poblacion");
        alias(ImportField.REGION, "region", "state", "province", "address1region", "businessstate", "homestate", "mailingstate",
                "billingstate", "stateprovince", "bundesland", "provincia", "estado");
        alias(ImportField.COUNTRY, "country", "countrycode", "address1country", "businesscountryregion", "homecountryregion",
                "countryregion", "mailingcountry", "billingcountry", "land", "pais");
    }

    private ImportHeaders() {
    }

    /**
     * The field each column most likely holds, {@code null} for a column to ignore. A field that
     * takes one column is given to the first column that looks like it.
     */
    public static List<ImportField> guess(List<String> headers) {
        List<ImportField> fields = new ArrayList<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (String header : headers) {
            ImportField field = ALIASES.get(normalized(header));
            if (field != null && !field.repeatable() && !taken.add(field)) {
                field = null;
            }
            fields.add(field);
        }
        return fields;
    }

    static String normalized(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD);
        return plain.replaceAll("[^a-z0-9]", "");
    }

    private static void alias(ImportField field, String... names) {
        for (String name : names) {
            ALIASES.put(name, field);
        }
    }
}
