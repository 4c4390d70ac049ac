# DigiD app (oefenen): de telefoon, de app en inloggen met de app.
