// Built with every object of kiroku_core and without Qt Widgets; see core/CMakeLists.txt.
int main()
{
    return 0;
}
