# publish_site.cmake — dist/ replaced by the finished stage/ (cmake/site.cmake).
#
#   cmake -DSTAGE=dir -DDIST=dir -P publish_site.cmake
#
# The stage is copied beside dist/ (DIST.new), then two renames swap it in:
# dist/ is at every moment either the previous complete site or the new one
# (between the two renames, for an instant, absent — never a mix).
if(NOT IS_DIRECTORY "${STAGE}" OR NOT EXISTS "${STAGE}/build-id.txt")
  message(FATAL_ERROR "publish_site: ${STAGE} is not a finished site")
endif()
file(REMOVE_RECURSE "${DIST}.new" "${DIST}.old")
file(COPY "${STAGE}/" DESTINATION "${DIST}.new")
if(EXISTS "${DIST}")
  file(RENAME "${DIST}" "${DIST}.old")
endif()
file(RENAME "${DIST}.new" "${DIST}")
file(REMOVE_RECURSE "${DIST}.old")
# The build's record that dist/ is up to date (cmake/site.cmake's output):
# file(COPY) keeps the stage's times cut to whole seconds, which could leave
# it older than the step before and publish again on a build with no change.
file(TOUCH "${DIST}/build-id.txt")
