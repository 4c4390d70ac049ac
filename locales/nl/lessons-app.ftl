# Teksten van de lessen over de DigiD app.
