# Teksten van de les DigiD aanvragen.
