# DigiD aanvragen (oefenen).
