fn main() {
    oefenplein::start();
}
